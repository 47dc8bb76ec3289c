"""frab session ids: numeric ids pass through whatever their size (docs/formats.md)."""

from podium.publish.frab.ids import numeric_ids


def test_numeric_ids_id_beyond_32_bits_passes_through_unchanged():
    assert numeric_ids(["3000000000", "9223372036854775807", "42"]) == {
        "3000000000": 3000000000,
        "9223372036854775807": 9223372036854775807,
        "42": 42,
    }


def test_numeric_ids_derived_ids_stay_below_2_to_the_31():
    ids = numeric_ids(["0", "f0e1d2c3-0000-4000-8000-000000000001"])
    assert all(1_000_000_000 <= number < 2**31 for number in ids.values())
