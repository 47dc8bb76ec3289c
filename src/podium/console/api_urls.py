"""Public URLs of an endpoint's views, and code that reads them."""

from django.urls import get_script_prefix

from podium.publish.builders import VIEWS
from podium.publish.models import Endpoint


def canonical_views(endpoint: Endpoint) -> list[str]:
    """The views the endpoint's format answers, in the order of the views registry."""
    from podium.publish.renderers import renderer_for

    try:
        answered = renderer_for(endpoint.format).views
    except LookupError:  # a format whose renderer is not installed answers nothing
        return []
    return [view for view in dict.fromkeys(VIEWS.values()) if view in answered]


def view_url(request, endpoint: Endpoint, view: str) -> str:
    """Full URL of one view, as the public API serves it (``/api/v2/{id}/view/{View}``)."""
    path = f"{get_script_prefix()}api/v2/{endpoint.id}/view/{view}"
    return request.build_absolute_uri(path)


def examples(url: str, fmt: str) -> dict[str, str]:
    """Ready-to-paste code that reads ``url``: curl, JavaScript fetch, Python."""
    if fmt == "json":
        js_read, py_read = "response.json()", "json.load(response)"
        py_import = "import json\nimport urllib.request"
    else:
        js_read, py_read = "response.text()", 'response.read().decode("utf-8")'
        py_import = "import urllib.request"
    return {
        "curl": f"curl --compressed '{url}'",
        "JavaScript": (
            f'const response = await fetch("{url}");\n'
            f"const data = await {js_read};\n"
            "console.log(data);"
        ),
        "Python": (
            f"{py_import}\n\n"
            f'with urllib.request.urlopen("{url}") as response:\n'
            f"    data = {py_read}\n"
            "print(data)"
        ),
    }
