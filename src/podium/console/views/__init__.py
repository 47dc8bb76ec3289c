"""Console views, one module per area of the console."""


def posted(request):
    """The POST data of a form submission (even an empty one), None for a GET."""
    return request.POST if request.method == "POST" else None
