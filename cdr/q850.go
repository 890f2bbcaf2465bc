package cdr

// SIP status <-> Q.850 (ISUP) cause mapping of RFC 3398.
//
// SIPToQ850 follows section 8.2.6.1 ("SIP Status Code to ISDN Cause Code Mapping") and
// Q850ToSIP section 7.2.4.1 ("ISDN Cause Code to Status Code Mapping"). Where the RFC has
// no entry, DOTS needs a value anyway (every CDR carries both); those choices are marked
// "DOTS" below.

// sipToQ850 is the table of RFC 3398 section 8.2.6.1.
var sipToQ850 = map[uint16]uint8{
	400: 41,  // Bad Request -> Temporary failure
	401: 21,  // Unauthorized -> Call rejected
	402: 21,  // Payment required -> Call rejected
	403: 21,  // Forbidden -> Call rejected
	404: 1,   // Not Found -> Unallocated number
	405: 63,  // Method not allowed -> Service or option unavailable
	406: 79,  // Not acceptable -> Service/option not implemented
	407: 21,  // Proxy authentication required -> Call rejected
	408: 102, // Request timeout -> Recovery on timer expiry
	410: 22,  // Gone -> Number changed (w/o diagnostic)
	413: 127, // Request Entity too long -> Interworking
	414: 127, // Request-URI too long -> Interworking
	415: 79,  // Unsupported media type -> Service/option not implemented
	416: 127, // Unsupported URI Scheme -> Interworking
	420: 127, // Bad extension -> Interworking
	421: 127, // Extension Required -> Interworking
	423: 127, // Interval Too Brief -> Interworking
	480: 18,  // Temporarily unavailable -> No user responding
	481: 41,  // Call/Transaction Does not Exist -> Temporary Failure
	482: 25,  // Loop Detected -> Exchange - routing error
	483: 25,  // Too many hops -> Exchange - routing error
	484: 28,  // Address incomplete -> Invalid Number Format
	485: 1,   // Ambiguous -> Unallocated number
	486: 17,  // Busy here -> User busy
	500: 41,  // Server internal error -> Temporary failure
	501: 79,  // Not implemented -> Not implemented, unspecified
	502: 38,  // Bad gateway -> Network out of order
	503: 41,  // Service unavailable -> Temporary failure
	504: 102, // Server time-out -> Recovery on timer expiry
	505: 127, // Version Not Supported -> Interworking (printed "504" in the RFC's table, an erratum)
	513: 127, // Message Too Large -> Interworking
	600: 17,  // Busy everywhere -> User busy
	603: 21,  // Decline -> Call rejected
	604: 1,   // Does not exist anywhere -> Unallocated number
}

// q850ToSIP is the table of RFC 3398 section 7.2.4.1.
var q850ToSIP = map[uint8]uint16{
	1:   404, // Unallocated number -> Not Found
	2:   404, // No route to network -> Not Found
	3:   404, // No route to destination -> Not Found
	17:  486, // User busy -> Busy Here
	18:  408, // No user responding -> Request Timeout
	19:  480, // No answer from the user -> Temporarily unavailable
	20:  480, // Subscriber absent -> Temporarily unavailable
	21:  403, // Call rejected -> Forbidden (603 when the cause location is 'user')
	22:  410, // Number changed (w/o diagnostic) -> Gone (301 with a diagnostic)
	23:  410, // Redirection to new destination -> Gone
	26:  404, // Non-selected user clearing -> Not Found
	27:  502, // Destination out of order -> Bad Gateway
	28:  484, // Address incomplete -> Address incomplete
	29:  501, // Facility rejected -> Not implemented
	31:  480, // Normal unspecified -> Temporarily unavailable
	34:  503, // No circuit available -> Service unavailable
	38:  503, // Network out of order -> Service unavailable
	41:  503, // Temporary failure -> Service unavailable
	42:  503, // Switching equipment congestion -> Service unavailable
	47:  503, // Resource unavailable -> Service unavailable
	55:  403, // Incoming calls barred within CUG -> Forbidden
	57:  403, // Bearer capability not authorized -> Forbidden
	58:  503, // Bearer capability not presently available -> Service unavailable
	65:  488, // Bearer capability not implemented -> Not Acceptable Here
	70:  488, // Only restricted digital information available -> Not Acceptable Here
	79:  501, // Service or option not implemented -> Not implemented
	87:  403, // User not member of CUG -> Forbidden
	88:  503, // Incompatible destination -> Service unavailable
	102: 504, // Recovery on timer expiry -> Gateway timeout
	111: 500, // Protocol error -> Server internal error
	127: 500, // Interworking unspecified -> Server internal error
}

// SIPToQ850 maps a final SIP status to the Q.850 cause of RFC 3398 section 8.2.6.1.
// Codes the RFC does not list map to 31 "Normal, unspecified", as the RFC says. DOTS
// choices where the RFC gives no cause: 2xx (answered, ended by BYE) and 487 (ended by
// CANCEL) map to 16 "Normal call clearing", which the RFC gives for BYE and CANCEL;
// 488 and 606 ("by Warning header") map to 31 like unlisted codes.
func SIPToQ850(status uint16) uint8 {
	if status >= 200 && status < 300 || status == 487 {
		return 16
	}
	if c, ok := sipToQ850[status]; ok {
		return c
	}
	return 31
}

// Q850ToSIP maps a Q.850 cause to the SIP status of RFC 3398 section 7.2.4.1. DOTS
// choices where the RFC gives no status: 16 "Normal call clearing" (a BYE or CANCEL in the
// RFC, not a response) maps to 200 for a CDR; causes the table does not list map by
// their Q.850 class: 0-31 normal event 480, 32-47 resource unavailable 503, 48-63
// service or option not available 503, 64-79 service or option not implemented 501,
// 80-127 invalid message, protocol error and interworking 500.
func Q850ToSIP(cause uint8) uint16 {
	if cause == 16 {
		return 200
	}
	if s, ok := q850ToSIP[cause]; ok {
		return s
	}
	switch {
	case cause <= 31:
		return 480
	case cause <= 63:
		return 503
	case cause <= 79:
		return 501
	default:
		return 500
	}
}
