"""Run podium's WSGI application inside gunicorn, configured from Python."""

from gunicorn.app.base import BaseApplication

# Settings of newer gunicorn releases, left out when the installed one lacks them.
OPTIONAL_SETTINGS = {"control_socket_disable"}


class PodiumServer(BaseApplication):
    def __init__(self, application, options: dict):
        self.application = application
        self.options = options
        super().__init__()

    def load_config(self):
        for key, value in self.options.items():
            if key in OPTIONAL_SETTINGS and key not in self.cfg.settings:
                continue
            self.cfg.set(key, value)

    def load(self):
        return self.application
