/**
 * How the CLI reports a login step that failed, in front of the reason it gives. The reason decides the
 * cause: a timeout or a reset is the network's moment (login-interrupted-by-network), a host that does
 * not resolve or a port that refuses is the stored URL's fault (login-endpoint-unreachable). One source
 * for both, so the two always divide the same messages.
 */
export const LOGIN_FAILED_DUE_TO = String.raw`Error authenticating with (?:the refresh token|JWT(?: config)?|auth code) due to: `

/** The JWT flow's variant: each attempt's reason on its own line under "Errors encountered:". */
export const JWT_LOGIN_ERRORS = String.raw`Error authenticating with JWT\.[ \t]*\n[ \t]*Errors encountered:[ \t]*\n[ \t]*`
