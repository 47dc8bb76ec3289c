"""Check a live answer of the public API against the OpenAPI description."""

import orjson
from jsonschema import Draft202012Validator

from podium.publish.openapi import openapi_document


def resolved(node: dict) -> dict:
    """A response, parameter or header object, following its ``$ref``."""
    ref = node.get("$ref")
    if ref is None:
        return node
    target = openapi_document()
    for part in ref.removeprefix("#/").split("/"):
        target = target[part]
    return target


def schema_errors(schema: dict, value: object) -> list[str]:
    """The JSON Schema errors of ``value``, with their paths; [] when it validates."""
    rooted = {**schema, "components": openapi_document()["components"]}
    validator = Draft202012Validator(rooted, format_checker=Draft202012Validator.FORMAT_CHECKER)
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(value)]


def problems(template: str, response, method: str = "get") -> list[str]:
    """Where ``response`` (a Django test response) departs from the description."""
    operation = openapi_document()["paths"][template][method]
    documented = operation["responses"].get(str(response.status_code))
    if documented is None:
        return [f"status {response.status_code} is not documented"]
    documented = resolved(documented)
    found = []
    for name, header in documented.get("headers", {}).items():
        header = resolved(header)
        if name not in response.headers:
            if header.get("required"):
                found.append(f"header {name} missing")
            continue
        found += [f"header {name}: {e}" for e in schema_errors(header["schema"], response[name])]
    content = documented.get("content")
    if content is None:
        return found + ([f"{len(response.content)} bytes of body"] if response.content else [])
    media_type = response["Content-Type"].split(";")[0].strip()
    if media_type not in content:
        return [*found, f"content type {media_type} is not documented"]
    if media_type == "application/json":
        body = orjson.loads(response.content)
        found += schema_errors(content[media_type]["schema"], body)
    return found
