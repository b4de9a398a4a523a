"""Validates OpenAPI documents with openapi-spec-validator, the reference validator of the Python ecosystem.

Usage: python3 validate_spec.py <file>...   (prints one line per file; exits 1 when any file is invalid)
"""

import json
import sys

from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename


def main(files: list[str]) -> int:
    failed = 0
    for name in files:
        document, _ = read_from_filename(name)
        try:
            validate(document)
        except Exception as error:  # noqa: BLE001 - every failure is reported, then the exit code says it
            failed += 1
            print(json.dumps({"file": name, "valid": False, "error": str(error)[:2000]}))
        else:
            print(json.dumps({"file": name, "valid": True, "openapi": document["openapi"]}))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
