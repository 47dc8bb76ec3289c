"""The OpenAPI 3.1 description of the public API, shipped with the package.

``schemas/openapi.json`` describes every URL under ``/api/v2/``, the JSON shape of each
view, the headers and the error bodies; the test suite checks it against the live
views. Its ``info.version`` is filled in with podium's version when served.
"""

from functools import cache
from importlib import resources

import orjson

import podium

OPENAPI_URL_PATH = "/api/v2/openapi.json"


@cache
def openapi_document() -> dict:
    raw = resources.files("podium.publish").joinpath("schemas/openapi.json").read_bytes()
    document = orjson.loads(raw)
    document["info"]["version"] = podium.__version__
    return document


@cache
def openapi_bytes() -> bytes:
    return orjson.dumps(openapi_document())
