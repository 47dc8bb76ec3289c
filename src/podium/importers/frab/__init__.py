"""Import frab / c3voc schedules (JSON or XML), as pretalx, frab and the c3voc tools publish.

``parse_schedule`` reads and validates (no database); ``import_frab`` writes an event
through the same path as the Sessionize importer. docs/import.md has the mapping.
"""
