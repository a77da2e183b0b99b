"""The error hierarchy; messages say what failed, on which input, and what to do.

NewsalertError
 ├── ParseError        input that cannot be read as updates
 ├── ConfigError       a setting or subscription that cannot work
 └── ChannelError      a notification channel that refused or failed
"""


class NewsalertError(Exception):
    """Root of every error newsalert raises on purpose."""


class ParseError(NewsalertError):
    """Input could not be parsed into updates."""


class ConfigError(NewsalertError):
    """A setting, source or subscription is invalid."""


class ChannelError(NewsalertError):
    """A notification channel failed."""
