"""Validate frab output against the c3voc schema files, unchanged, from the shared specs."""

import json
import uuid
from datetime import datetime
from functools import cache

import jsonschema
from lxml import etree

from tests.conftest import shared_path


@cache
def json_validator() -> jsonschema.Draft6Validator:
    schema = json.loads(shared_path("specs/c3voc/schedule.schema.json").read_text())
    return jsonschema.Draft6Validator(schema, format_checker=jsonschema.FormatChecker())


@cache
def xml_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(shared_path("specs/c3voc/schedule.xml.xsd"))))


def aware(value: str) -> bool:
    return datetime.fromisoformat(value).tzinfo is not None


def assert_valid_json(body: bytes) -> None:
    document = json.loads(body)
    json_validator().validate(document)
    # Formats draft-06 does not assert: check them here.
    for day in document["schedule"]["conference"]["days"]:
        assert aware(day["day_start"]) and aware(day["day_end"])
        for events in day["rooms"].values():
            for event in events:
                assert aware(event["date"]) and aware(event["end"])
                assert str(uuid.UUID(event["guid"])) == event["guid"]


def assert_valid_xml(body: bytes) -> None:
    xml_schema().assertValid(etree.fromstring(body))
