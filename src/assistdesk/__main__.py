import sys

from assistdesk.cli import main

sys.exit(main())
