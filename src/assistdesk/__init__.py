"""AssistDesk: a side panel that helps call-centre operators through difficult calls."""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("assistdesk")
except _metadata.PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.1.0"

APP_NAME = "AssistDesk"
APP_ID = "assistdesk"
