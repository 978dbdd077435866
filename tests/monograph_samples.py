"""Small monographs written for the tests (the tests never read ../shared)."""

from __future__ import annotations

VALID = """---
title: Testamab
generic_name: testamab
source: Test source, 2026
revised: 2026-01-02
---

# Testamab

### Generic Name
Testamab

### Usage
Used for **testing** the *parser*.

### Side Effects
**Most common:**
* Gastrointestinal: Nausea, Diarrhea
* General: Fever

**Serious:**
* Immune system: Anaphylaxis

Tell your care team about side effects.

### Storage
Keep the pen in the fridge.
* Do not freeze.
    * Not even briefly.
* Do not shake.

### FAQs
* **Q: Can I freeze it?** A: No.
* **Q: Can I shake it?** A: No, never.

### Disclaimer
For learning only. Not medical advice.
"""

SEED_STYLE = """---
layout: minimal-medicine
title: Seedamab
---

# Seedamab
### Generic Name
Seedamab

### FAQs

* **Q: One?** A: Yes.

* **Q: Two?**  A:  Also yes.


**Disclaimer:** Educational only.
"""
