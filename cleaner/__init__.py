"""cleaner: turn dirty text into clean, canonical text, and show exactly what changed.

>>> import cleaner
>>> cleaner.clean("Don’t  panic\\r\\n")
"Don't panic\\n"
"""

from cleaner.config import Config, ConfigError, build_config
from cleaner.pipeline import CleanResult, Step, clean, clean_and_explain

__version__ = "0.2.0"
__all__ = [
    "CleanResult",
    "Config",
    "ConfigError",
    "Step",
    "__version__",
    "build_config",
    "clean",
    "clean_and_explain",
]
