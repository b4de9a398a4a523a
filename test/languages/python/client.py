"""A small dynamic VideoSDK client, written as a Python team would from the spec alone.

It reads the bundled OpenAPI 3.1 document, builds each requested operation's request from the spec (path and query
parameters from their examples, the body from the first request example), sends it with the raw JWT in the
Authorization header (no Bearer prefix), and validates the answer against the operation's 200 response schema with
jsonschema (draft 2020-12, the dialect of OpenAPI 3.1).

Usage: python3 client.py <openapi.json> <base-url> [operationId ...]   (no operationId: every operation)
Prints one JSON line per operation and exits 1 when any call failed or any answer did not match its schema.
Only the image's packages are used (requests, jsonschema); nothing is installed.
"""

import base64
import hashlib
import hmac
import json
import sys
import time
from urllib.parse import quote

import requests
from jsonschema import Draft202012Validator

METHODS = ("get", "post", "put", "patch", "delete")


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def management_token(api_key: str, secret: str, lifetime: int = 600) -> str:
    """An HS256 management token with VideoSDK's documented claims, signed with the standard library."""
    now = int(time.time())
    header = {"alg": "HS256", "typ": "JWT"}
    claims = {
        "apikey": api_key,
        "permissions": ["allow_join", "allow_mod"],
        "version": 2,
        "roles": ["crawler"],
        "iat": now,
        "exp": now + lifetime,
    }
    signing_input = b64url(json.dumps(header).encode()) + "." + b64url(json.dumps(claims).encode())
    signature = hmac.new(secret.encode(), signing_input.encode(), hashlib.sha256).digest()
    return signing_input + "." + b64url(signature)


def resolve(spec: dict, node: dict) -> dict:
    """Follows a local $ref (#/components/...) to the object it names."""
    while isinstance(node, dict) and "$ref" in node:
        target = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def example_of(spec: dict, holder: dict):
    """The holder's `example`, else the value of its first named example; KeyError when it has neither."""
    if "example" in holder:
        return holder["example"]
    examples = holder.get("examples") or {}
    for example in examples.values():
        return resolve(spec, example)["value"]
    raise KeyError("no example")


def operations(spec: dict):
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                yield item[method]["operationId"], method, path, item, item[method]


def build_request(spec: dict, method: str, path: str, item: dict, operation: dict):
    """URL path, query and JSON body of an operation, from the spec's examples."""
    query = {}
    url_path = path
    for raw in item.get("parameters", []) + operation.get("parameters", []):
        parameter = resolve(spec, raw)
        try:
            value = example_of(spec, parameter)
        except KeyError:
            if parameter.get("required"):
                raise ValueError(f"required parameter {parameter['name']} has no example") from None
            continue
        if parameter["in"] == "path":
            url_path = url_path.replace("{" + parameter["name"] + "}", quote(str(value), safe=""))
        elif parameter["in"] == "query":
            # Arrays would be comma-joined (style: form, explode: false); no query parameter is an array today.
            query[parameter["name"]] = ",".join(map(str, value)) if isinstance(value, list) else value
    body = None
    request_body = resolve(spec, operation.get("requestBody", {}))
    media = request_body.get("content", {}).get("application/json")
    if media is not None:
        body = example_of(spec, media)
    return url_path, query, body


def response_validator(spec: dict, operation: dict) -> Draft202012Validator:
    schema = resolve(spec, operation["responses"]["200"])["content"]["application/json"]["schema"]
    # The response schema's $refs point into the document: validate it with the document's components beside it.
    document_schema = {**schema, "components": spec["components"]}
    return Draft202012Validator(document_schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def main(argv: list[str]) -> int:
    spec_file, base_url, *wanted = argv
    with open(spec_file, encoding="utf-8") as handle:
        spec = json.load(handle)
    token = management_token("python-client-api-key", "python-client-placeholder-secret")
    session = requests.Session()
    session.headers["Authorization"] = token  # the raw JWT: VideoSDK refuses a Bearer prefix
    known = {operation_id for operation_id, *_ in operations(spec)}
    unknown = [name for name in wanted if name not in known]
    if unknown:
        print(json.dumps({"error": f"unknown operationIds: {unknown}"}))
        return 1
    failed = 0
    for operation_id, method, path, item, operation in operations(spec):
        if wanted and operation_id not in wanted:
            continue
        result = {"operationId": operation_id, "method": method.upper(), "path": path}
        try:
            url_path, query, body = build_request(spec, method, path, item, operation)
            response = session.request(
                method.upper(),
                base_url.rstrip("/") + url_path,
                params=query,
                json=body,
                timeout=10,
            )
            result["status"] = response.status_code
            if response.status_code != 200:
                result["errors"] = [f"HTTP {response.status_code}: {response.text[:300]}"]
            else:
                validator = response_validator(spec, operation)
                result["errors"] = [
                    f"/{'/'.join(map(str, error.absolute_path))}: {error.message}"
                    for error in validator.iter_errors(response.json())
                ]
        except Exception as error:  # noqa: BLE001 - reported per operation, counted in the exit code
            result["errors"] = [f"{type(error).__name__}: {error}"]
        failed += bool(result["errors"])
        print(json.dumps(result), flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
