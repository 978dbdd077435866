from belimumab_companion.app import main

raise SystemExit(main())
