// A VideoSDK client check in Go, written as a Go team would from the spec alone: it loads the OpenAPI 3.0 variant
// with kin-openapi, validates the document, builds each requested operation's request from the spec's examples,
// checks the request with openapi3filter, sends it with the raw JWT in the Authorization header, and checks the
// answer against the operation's responses with openapi3filter.
//
// Build (GOPATH mode, Debian's packages, nothing downloaded):
//
//	GO111MODULE=off GOPATH=/usr/share/gocode go run main.go <openapi-3.0.json> <base-url> <token> [operationId ...]
//
// Prints one JSON line per operation (none given: every operation) and exits 1 when anything failed.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
)

type result struct {
	OperationID string   `json:"operationId"`
	Method      string   `json:"method"`
	Path        string   `json:"path"`
	Status      int      `json:"status,omitempty"`
	Errors      []string `json:"errors"`
}

func main() {
	if len(os.Args) < 4 {
		fmt.Fprintln(os.Stderr, "usage: main.go <openapi-3.0.json> <base-url> <token> [operationId ...]")
		os.Exit(2)
	}
	specFile, baseURL, token, wanted := os.Args[1], strings.TrimRight(os.Args[2], "/"), os.Args[3], os.Args[4:]
	ctx := context.Background()

	loader := openapi3.NewLoader()
	doc, err := loader.LoadFromFile(specFile)
	if err != nil {
		fail("load", err)
	}
	if err := doc.Validate(ctx); err != nil {
		fail("validate", err)
	}
	fmt.Printf("{\"document\":%q,\"paths\":%d}\n", doc.OpenAPI, len(doc.Paths))

	want := map[string]bool{}
	for _, id := range wanted {
		want[id] = true
	}
	found := map[string]bool{}
	client := &http.Client{Timeout: 10 * time.Second}
	options := &openapi3filter.Options{AuthenticationFunc: rawJWTOnly}
	failed := false

	paths := make([]string, 0, len(doc.Paths))
	for path := range doc.Paths {
		paths = append(paths, path)
	}
	sort.Strings(paths)
	for _, path := range paths {
		item := doc.Paths[path]
		for _, method := range []string{"GET", "POST", "PUT", "PATCH", "DELETE"} {
			operation := item.GetOperation(method)
			if operation == nil || (len(want) > 0 && !want[operation.OperationID]) {
				continue
			}
			found[operation.OperationID] = true
			r := call(ctx, client, options, doc, baseURL, token, path, item, method, operation)
			failed = failed || len(r.Errors) > 0
			line, _ := json.Marshal(r)
			fmt.Println(string(line))
		}
	}
	for _, id := range wanted {
		if !found[id] {
			fmt.Printf("{\"error\":\"unknown operationId %s\"}\n", id)
			failed = true
		}
	}
	if failed {
		os.Exit(1)
	}
}

// rawJWTOnly is the AuthorizationToken scheme: an apiKey in the Authorization header, the JWT as is.
func rawJWTOnly(_ context.Context, input *openapi3filter.AuthenticationInput) error {
	value := input.RequestValidationInput.Request.Header.Get(input.SecurityScheme.Name)
	if value == "" {
		return fmt.Errorf("no %s header", input.SecurityScheme.Name)
	}
	if strings.HasPrefix(value, "Bearer ") || strings.Count(value, ".") != 2 {
		return fmt.Errorf("%s must be a raw JWT (three dot-separated parts, no Bearer prefix)", input.SecurityScheme.Name)
	}
	return nil
}

func call(ctx context.Context, client *http.Client, options *openapi3filter.Options, doc *openapi3.T, baseURL, token,
	path string, item *openapi3.PathItem, method string, operation *openapi3.Operation) result {
	r := result{OperationID: operation.OperationID, Method: method, Path: path, Errors: []string{}}
	report := func(stage string, err error) result {
		r.Errors = append(r.Errors, stage+": "+err.Error())
		return r
	}

	urlPath, pathParams, query := path, map[string]string{}, url.Values{}
	for _, ref := range append(append(openapi3.Parameters{}, item.Parameters...), operation.Parameters...) {
		parameter := ref.Value
		value, ok := exampleOf(parameter.Example, parameter.Examples)
		if !ok {
			if parameter.Required {
				return report("build", fmt.Errorf("required parameter %s has no example", parameter.Name))
			}
			continue
		}
		text := fmt.Sprint(value)
		if number, isNumber := value.(float64); isNumber {
			text = fmt.Sprintf("%.0f", number) // JSON numbers decode as float64; the spec's are integers
		}
		switch parameter.In {
		case openapi3.ParameterInPath:
			pathParams[parameter.Name] = text
			urlPath = strings.ReplaceAll(urlPath, "{"+parameter.Name+"}", url.PathEscape(text))
		case openapi3.ParameterInQuery:
			query.Set(parameter.Name, text)
		}
	}
	var body []byte
	if operation.RequestBody != nil {
		if media := operation.RequestBody.Value.Content.Get("application/json"); media != nil {
			value, ok := exampleOf(media.Example, media.Examples)
			if !ok {
				return report("build", fmt.Errorf("request body has no example"))
			}
			body, _ = json.Marshal(value)
		}
	}
	target := baseURL + urlPath
	if len(query) > 0 {
		target += "?" + query.Encode()
	}
	request, err := http.NewRequestWithContext(ctx, method, target, bytes.NewReader(body))
	if err != nil {
		return report("build", err)
	}
	request.Header.Set("Authorization", token)
	if body != nil {
		request.Header.Set("Content-Type", "application/json")
	}

	// The route is the operation itself: no router needed, and none to mistake `/participants/active` for a
	// participant id.
	route := &routers.Route{Spec: doc, Path: path, PathItem: item, Method: method, Operation: operation}
	requestInput := &openapi3filter.RequestValidationInput{Request: request, PathParams: pathParams, Route: route, Options: options}
	if err := openapi3filter.ValidateRequest(ctx, requestInput); err != nil {
		return report("request", err)
	}
	request.Body = io.NopCloser(bytes.NewReader(body)) // ValidateRequest read it

	response, err := client.Do(request)
	if err != nil {
		return report("send", err)
	}
	defer response.Body.Close()
	answer, err := io.ReadAll(response.Body)
	if err != nil {
		return report("receive", err)
	}
	r.Status = response.StatusCode
	if response.StatusCode != http.StatusOK {
		return report("status", fmt.Errorf("HTTP %d: %.300s", response.StatusCode, answer))
	}
	responseInput := &openapi3filter.ResponseValidationInput{
		RequestValidationInput: requestInput,
		Status:                 response.StatusCode,
		Header:                 response.Header,
		Options:                &openapi3filter.Options{IncludeResponseStatus: true, MultiError: true},
	}
	responseInput.SetBodyBytes(answer)
	if err := openapi3filter.ValidateResponse(ctx, responseInput); err != nil {
		return report("response", err)
	}
	return r
}

// exampleOf is the `example`, else the value of the first named example (in name order, for repeatable runs).
func exampleOf(example interface{}, examples openapi3.Examples) (interface{}, bool) {
	if example != nil {
		return example, true
	}
	names := make([]string, 0, len(examples))
	for name := range examples {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if ref := examples[name]; ref != nil && ref.Value != nil {
			return ref.Value.Value, true
		}
	}
	return nil, false
}

func fail(stage string, err error) {
	line, _ := json.Marshal(map[string]string{"error": stage + ": " + err.Error()})
	fmt.Println(string(line))
	os.Exit(1)
}
