"""The frab / c3voc schedule format: a serializer of an endpoint's publication."""

from podium.publish.frab.build import NoSchedule, build_frab
from podium.publish.frab.xml import frab_json, frab_xml

__all__ = ["NoSchedule", "build_frab", "frab_json", "frab_xml"]
