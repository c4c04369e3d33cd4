"""Extraction: one module per field family, and ``pipeline.Extractor``, which runs them all.

``jobsift.extract`` names the *function* (``jobsift.extract(text)``), not this package: import
from the package's modules with ``from jobsift.extract.pipeline import Extractor``; the form
``import jobsift.extract.pipeline as p`` does not work.
"""
