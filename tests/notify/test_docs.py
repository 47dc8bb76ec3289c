"""The verification examples of docs/webhooks.md accept podium's messages, and only those."""

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from podium.notify.deliveries import send_test
from podium.notify.webhooks import add_webhook
from tests.factories import EventFactory

pytestmark = pytest.mark.django_db

PAGE = Path(__file__).resolve().parents[2] / "docs" / "webhooks.md"


def example(language: str) -> str:
    [code] = re.findall(rf"```{language}\n(.*?)```", PAGE.read_text(), re.S)
    return code


@pytest.fixture
def message(receiver):
    webhook, secret = add_webhook(EventFactory(slug="docsconf"), receiver.url)
    send_test(webhook)
    [received] = receiver.received
    return secret, received


def test_docs_python_example_verifies_a_message(message):
    secret, received = message
    namespace = {}
    exec(example("python").replace('"whsec_..."', repr(secret)), namespace)

    tampered = received.body.replace(b"webhook.test", b"webhook.fake")
    assert namespace["verify"](received.headers, received.body) is True
    assert namespace["verify"](received.headers, tampered) is False


def test_docs_javascript_example_verifies_a_message(message):
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed: the JavaScript example is not run")
    secret, received = message
    script = example("js").replace('"whsec_..."', json.dumps(secret)) + (
        "\nconst input = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));"
        "\nconst body = Buffer.from(input.body, 'utf8');"
        "\nconst tampered = Buffer.concat([body, Buffer.from(' ')]);"
        "\nconsole.log(verify(input.headers, body), verify(input.headers, tampered));"
    )
    given = json.dumps({"headers": received.headers, "body": received.body.decode()})

    result = subprocess.run(
        [node, "-e", script], input=given, capture_output=True, text=True, timeout=30
    )

    assert (result.returncode, result.stdout, result.stderr) == (0, "true false\n", "")
