__version__ = "0.1.0"

import logging

# The program's own handlers (a log file) are set up by the entry point; until then, records
# go nowhere rather than to Python's last-resort handler, which prints them on stderr.
logging.getLogger(__name__).addHandler(logging.NullHandler())
