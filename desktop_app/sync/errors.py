"""Why a bundle was refused, as one sentence for a person."""

from desktop_app.core.errors import TirkeuError


class BundleRejected(TirkeuError):
    """The bundle was refused; nothing it contained was stored."""
