"""Headers, ETag/304, gzip, HEAD and OPTIONS of the public API."""

import gzip

import brotli
import pytest

from podium.publish.render import render_endpoint_view
from tests.publish.conftest import view_url

pytestmark = pytest.mark.django_db


def test_get_view_serves_rendered_body_with_api_headers(client, endpoint, settings):
    settings.PODIUM_CACHE_TTL = 120
    response = client.get(view_url(endpoint.id, "Sessions"))
    assert response.status_code == 200
    assert response.content == render_endpoint_view(endpoint, "Sessions").body
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Cache-Control"] == "public, max-age=120"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Access-Control-Expose-Headers"] == "ETag"
    assert response["Vary"] == "Accept-Encoding"
    assert response["Content-Length"] == str(len(response.content))
    assert not response.has_header("Content-Encoding")


def test_get_view_etag_is_strong_and_stable(client, endpoint):
    first = client.get(view_url(endpoint.id, "All"))["ETag"]
    second = client.get(view_url(endpoint.id, "All"))["ETag"]
    assert first == second
    assert first.startswith('"') and first.endswith('"')


def test_get_view_etag_differs_per_view(client, endpoint):
    all_tag = client.get(view_url(endpoint.id, "All"))["ETag"]
    sessions_tag = client.get(view_url(endpoint.id, "Sessions"))["ETag"]
    assert all_tag != sessions_tag


def test_get_view_view_name_case_insensitive(client, endpoint):
    canonical = client.get(view_url(endpoint.id, "Speakers"))
    for spelling in ("speakers", "SPEAKERS", "sPeAkErS"):
        response = client.get(view_url(endpoint.id, spelling))
        assert response.status_code == 200
        assert response.content == canonical.content
        assert response["ETag"] == canonical["ETag"]


def test_get_view_gridtable_alias_serves_gridsmart(client, endpoint):
    grid_smart = client.get(view_url(endpoint.id, "GridSmart"))
    grid_table = client.get(view_url(endpoint.id, "GridTable"))
    assert grid_table.status_code == 200
    assert grid_table.content == grid_smart.content
    assert grid_table["ETag"] == grid_smart["ETag"]


def etag_of(client, endpoint, **headers) -> str:
    return client.get(view_url(endpoint.id, "All"), headers=headers)["ETag"]


@pytest.mark.parametrize(
    "if_none_match",
    ["{tag}", "W/{tag}", '"other", {tag}', '"other",{tag} , "more"', "*", 'W/"other", *'],
)
def test_get_view_if_none_match_matching_answers_304(client, endpoint, if_none_match):
    tag = etag_of(client, endpoint)
    response = client.get(
        view_url(endpoint.id, "All"), headers={"If-None-Match": if_none_match.format(tag=tag)}
    )
    assert response.status_code == 304
    assert response.content == b""
    assert not response.has_header("Content-Type")
    assert response["ETag"] == tag
    assert response["Cache-Control"] == "public, max-age=300"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Vary"] == "Accept-Encoding"


@pytest.mark.parametrize("if_none_match", ['"other"', 'W/"other", "else"', ""])
def test_get_view_if_none_match_not_matching_answers_200(client, endpoint, if_none_match):
    response = client.get(view_url(endpoint.id, "All"), headers={"If-None-Match": if_none_match})
    assert response.status_code == 200
    assert response.content == render_endpoint_view(endpoint, "All").body


def test_get_view_gzip_accepted_serves_compressed_body(client, endpoint):
    plain = client.get(view_url(endpoint.id, "All"))
    response = client.get(view_url(endpoint.id, "All"), headers={"Accept-Encoding": "gzip"})
    assert response["Content-Encoding"] == "gzip"
    assert gzip.decompress(response.content) == plain.content
    assert response["Content-Length"] == str(len(response.content))
    assert response["Vary"] == "Accept-Encoding"


def test_get_view_gzip_etag_differs_from_identity_etag(client, endpoint):
    identity = etag_of(client, endpoint)
    gzipped = etag_of(client, endpoint, **{"Accept-Encoding": "gzip"})
    assert gzipped == identity[:-1] + '-gz"'


def test_get_view_gzip_etag_answers_304(client, endpoint):
    tag = etag_of(client, endpoint, **{"Accept-Encoding": "gzip"})
    response = client.get(
        view_url(endpoint.id, "All"), headers={"Accept-Encoding": "gzip", "If-None-Match": tag}
    )
    assert response.status_code == 304
    assert response["ETag"] == tag


@pytest.mark.parametrize(
    "accept_encoding", ["gzip;q=0", "identity", "br;q=0, gzip;q=0", "*;q=0", ""]
)
def test_get_view_gzip_refused_serves_identity(client, endpoint, accept_encoding):
    response = client.get(
        view_url(endpoint.id, "All"), headers={"Accept-Encoding": accept_encoding}
    )
    assert not response.has_header("Content-Encoding")
    assert response.content == render_endpoint_view(endpoint, "All").body


@pytest.mark.parametrize("accept_encoding", ["gzip, deflate, br", "br", "br;q=0.5, gzip;q=1"])
def test_get_view_brotli_accepted_serves_brotli_body(client, endpoint, accept_encoding):
    plain = client.get(view_url(endpoint.id, "All"))
    response = client.get(
        view_url(endpoint.id, "All"), headers={"Accept-Encoding": accept_encoding}
    )
    assert response["Content-Encoding"] == "br"
    assert brotli.decompress(response.content) == plain.content
    assert response["Content-Length"] == str(len(response.content))
    assert response["ETag"] == plain["ETag"][:-1] + '-br"'


def test_get_view_brotli_etag_answers_304_to_gzip_client(client, endpoint):
    tag = etag_of(client, endpoint, **{"Accept-Encoding": "br"})
    response = client.get(
        view_url(endpoint.id, "All"), headers={"Accept-Encoding": "gzip", "If-None-Match": tag}
    )
    assert (response.status_code, response["ETag"]) == (304, tag)


def test_get_view_gzip_cached_once_serves_same_bytes(client, endpoint):
    first = client.get(view_url(endpoint.id, "All"), headers={"Accept-Encoding": "gzip"})
    second = client.get(view_url(endpoint.id, "All"), headers={"Accept-Encoding": "gzip"})
    assert first.content == second.content


def test_head_view_sends_headers_without_body(client, endpoint):
    get = client.get(view_url(endpoint.id, "Sessions"))
    head = client.head(view_url(endpoint.id, "Sessions"))
    assert head.status_code == 200
    assert head.content == b""
    assert head["Content-Length"] == str(len(get.content))
    assert head["ETag"] == get["ETag"]
    assert head["Content-Type"] == "application/json; charset=utf-8"
    assert head["Access-Control-Allow-Origin"] == "*"


def test_head_view_if_none_match_answers_304(client, endpoint):
    tag = etag_of(client, endpoint)
    response = client.head(view_url(endpoint.id, "All"), headers={"If-None-Match": tag})
    assert response.status_code == 304


def test_options_view_answers_cors_preflight(client, endpoint):
    response = client.options(
        view_url(endpoint.id, "All"),
        headers={
            "Origin": "https://app.example.org",
            "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": "if-none-match",
        },
    )
    assert response.status_code == 204
    assert response.content == b""
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
    assert response["Access-Control-Allow-Headers"] == (
        "Accept, Cache-Control, If-None-Match, If-Modified-Since"
    )
    assert response["Access-Control-Max-Age"] == "86400"
    assert response["Allow"] == "GET, HEAD, OPTIONS"
    assert not response.has_header("Content-Type")
