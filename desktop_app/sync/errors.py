"""Why a bundle was refused, as one sentence for a person."""

from desktop_app.core.errors import TirkeuError


class BundleRejected(TirkeuError):
    """The bundle was refused; nothing it contained was stored."""


class OwnBundle(BundleRejected):
    """The file is a bundle this vault made itself: there is nothing in it to import."""
