"""Scheduler jobs: a recurring job (cron) and a one-time job, then pause, resume, update, remove.

Writes need the admin key and a formation with persistent memory; the fake has both.

    python examples/scheduler.py
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from _connect import formation

from muxi import MuxiError


def main() -> None:
    with formation(user_id="scheduler-user") as client:
        try:
            daily = client.create_scheduler_job("recurring", "0 9 * * 1-5", "Post the stand-up summary")
        except MuxiError as error:  # no admin key, or no persistent memory
            print(f"cannot schedule jobs here: {error}")
            return
        soon = (datetime.now(timezone.utc) + timedelta(hours=1)).isoformat(timespec="seconds")
        once = client.create_scheduler_job("one_time", soon, "Remind me to review PR 7")
        print(f"recurring job {daily.id}: '{daily.cron_expression}' ({daily.status})")
        print(f"one-time job {once.id}: at {once.scheduled_for}")

        print("paused:", client.pause_scheduler_job(daily.id).status)
        print("resumed:", client.resume_scheduler_job(daily.id).status)
        updated = client.update_scheduler_job(daily.id, schedule="30 9 * * 1-5", title="Stand-up")
        print(f"updated: '{updated.title}' at '{updated.cron_expression}'")

        jobs = client.get_scheduler_jobs()
        print(f"{jobs.count} jobs:", [job.title for job in jobs.jobs])
        for job in jobs.jobs:
            client.delete_scheduler_job(job.id)
        print("after cleanup:", client.get_scheduler_jobs().count, "jobs")


if __name__ == "__main__":
    main()
