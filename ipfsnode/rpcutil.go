package ipfsnode

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
)

// kubo's error codes (github.com/ipfs/go-ipfs-cmds ErrorType).
const (
	codeNormal   = 0 // 500
	codeClient   = 1 // 400
	codeNotFound = 3 // 404
)

// apiError is an error with the HTTP status and kubo error code it is answered with.
type apiError struct {
	Status  int
	Code    int
	Message string
}

func (e *apiError) Error() string { return e.Message }

func clientError(format string, args ...any) *apiError {
	return &apiError{Status: http.StatusBadRequest, Code: codeClient, Message: fmt.Sprintf(format, args...)}
}

// notFound is a lookup that finds nothing (404; kubo answers 500 with code 0, which
// go-ipfs-api reads the same way).
func notFound(format string, args ...any) *apiError {
	return &apiError{Status: http.StatusNotFound, Code: codeNotFound, Message: fmt.Sprintf(format, args...)}
}

// clip bounds a request value echoed in an error.
func clip(s string) string {
	if len(s) <= 100 {
		return s
	}
	return s[:100] + "…"
}

func serverError(format string, args ...any) *apiError {
	return &apiError{Status: http.StatusInternalServerError, Code: codeNormal, Message: fmt.Sprintf(format, args...)}
}

// kuboError is kubo's error body: {"Message":..., "Code":0, "Type":"error"}.
type kuboError struct {
	Message string
	Code    int
	Type    string
}

func writeError(w http.ResponseWriter, e *apiError) {
	h := w.Header()
	h.Del("Trailer")
	h.Del("X-Chunked-Output")
	h.Del("X-Stream-Output")
	h.Del("X-Content-Length")
	h.Set("Content-Type", "application/json")
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(e.Status)
	json.NewEncoder(w).Encode(kuboError{Message: e.Message, Code: e.Code, Type: "error"})
}

// toAPIError maps any error to the status and code it is answered with.
func toAPIError(err error) *apiError {
	var ae *apiError
	if errors.As(err, &ae) {
		return ae
	}
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return &apiError{Status: http.StatusRequestEntityTooLarge, Code: codeClient,
			Message: fmt.Sprintf("request body too large: the limit is %d bytes", mbe.Limit)}
	}
	return serverError("%s", err.Error())
}

// params are a request's query parameters, read with kubo's conventions.
type params struct{ q url.Values }

func (p params) has(name string) bool { _, ok := p.q[name]; return ok }

func (p params) str(name, def string) string {
	if v, ok := p.q[name]; ok && len(v) > 0 {
		return v[0]
	}
	return def
}

// boolean reads a bool option; a present but empty value means true, as in kubo.
func (p params) boolean(name string, def bool) (bool, error) {
	v, ok := p.q[name]
	if !ok || len(v) == 0 {
		return def, nil
	}
	if v[0] == "" {
		return true, nil
	}
	b, err := strconv.ParseBool(v[0])
	if err != nil {
		return false, clientError("Could not convert value %q to type \"bool\" (for option \"-%s\")", v[0], name)
	}
	return b, nil
}

func (p params) integer(name string, def int64) (int64, error) {
	v, ok := p.q[name]
	if !ok || len(v) == 0 || v[0] == "" {
		return def, nil
	}
	i, err := strconv.ParseInt(strings.TrimSpace(v[0]), 10, 64)
	if err != nil {
		return 0, clientError("Could not convert value %q to type \"int\" (for option \"-%s\")", v[0], name)
	}
	return i, nil
}

// args are the positional "arg" parameters; required ones must be present.
func (p params) args(argName string, required bool) ([]string, error) {
	a := p.q["arg"]
	if required && len(a) == 0 {
		return nil, clientError("argument %q is required", argName)
	}
	if len(a) > maxArgs {
		return nil, clientError("too many arguments (at most %d)", maxArgs)
	}
	return a, nil
}

func (p params) arg(argName string) (string, error) {
	a, err := p.args(argName, true)
	if err != nil {
		return "", err
	}
	if len(a) > 1 {
		return "", clientError("expected 1 argument %q, got %d", argName, len(a))
	}
	return a[0], nil
}

const maxArgs = 1000
