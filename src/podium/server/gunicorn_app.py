"""Run podium's WSGI application inside gunicorn, configured from Python."""

from gunicorn.app.base import BaseApplication


class PodiumServer(BaseApplication):
    def __init__(self, application, options: dict):
        self.application = application
        self.options = options
        super().__init__()

    def load_config(self):
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self):
        return self.application
