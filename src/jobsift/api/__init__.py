"""The HTTP API: ``create_app(engine)`` builds a FastAPI app over one engine."""

from jobsift.api.app import create_app

__all__ = ["create_app"]
