"""Typed models, one module per content type. The registry of content types is macros/registry.py."""

from .base import Record

__all__ = ["Record"]
