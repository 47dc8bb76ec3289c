"""Renderers: turn a view's plain data into the bytes of one endpoint format."""
