"""``podium check --deploy``: clean with a production configuration."""

import secrets

from tests.servers import podium_env, run_podium

PRODUCTION = {
    "PODIUM_SECRET_KEY": secrets.token_urlsafe(50),
    "PODIUM_ALLOWED_HOSTS": "program.example.org",
    "PODIUM_CSRF_TRUSTED_ORIGINS": "https://program.example.org",
    "PODIUM_SECURE_COOKIES": "true",
    "PODIUM_SSL_REDIRECT": "true",
    "PODIUM_HSTS_SECONDS": "31536000",
    "PODIUM_HSTS_INCLUDE_SUBDOMAINS": "true",
    "PODIUM_HSTS_PRELOAD": "true",
}


def test_check_deploy_production_configuration_is_clean(tmp_path):
    result = run_podium({**podium_env(tmp_path), **PRODUCTION}, "check", "--deploy")
    assert (result.returncode, result.stdout, result.stderr) == (
        0,
        "System check identified no issues (0 silenced).\n",
        "",
    )


def test_check_deploy_default_configuration_names_what_to_set(tmp_path):
    result = run_podium(podium_env(tmp_path), "check", "--deploy")
    warnings = {code for code in ("W004", "W008", "W012", "W016") if code in result.stderr}
    assert warnings == {"W004", "W008", "W012", "W016"}
