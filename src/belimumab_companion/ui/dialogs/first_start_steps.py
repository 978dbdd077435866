"""The first-start guide's steps, and whether Today offers to finish setting up: what Today's
load asks, without importing the guide's wizard (its pages and the plan form)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from belimumab_companion.services.app_services import AppServices

# The steps, in order; each is recorded in the settings when done (SettingsService.mark_guide_step).
STEPS = ("who", "plan", "numbers", "reminders", "contraception")


def guide_unfinished(services: AppServices) -> bool:
    """Whether Today offers to finish setting up: nothing set up yet (no plan, guide never
    started), or the guide was started and left before its last step."""
    done = services.settings.guide_steps_done()
    if done is None:
        return not services.plans.segments()
    return not set(STEPS) <= set(done)


def first_start(services: AppServices) -> bool:
    """The very first start: no plan, the guide never started, the data writable."""
    if services.read_only or services.plans.segments():
        return False
    return services.settings.guide_steps_done() is None
