import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "podium.settings")
django_application = get_wsgi_application()

from django.conf import settings  # noqa: E402 - configured by get_wsgi_application

from podium.publish.fast.app import fast_path  # noqa: E402 - needs the apps loaded

# Cached reads of the public API are answered before Django (podium/publish/fast/).
application = fast_path(django_application, settings.PODIUM_FAST_PATH_MAX_BYTES)
