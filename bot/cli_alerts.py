"""`capexbot alerts add-webhook URL [--company C] [--lang en|fr] | list | remove ID | dispatch [--once]`."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys

from bot.app import outbound_adapters
from bot.context import open_services
from bot.platforms.webhook.adapter import InvalidWebhookUrl, redact_url, validate_url
from bot.settings import Settings
from bot.stop_signals import ignore_stop_signals, on_stop_signal
from bot.workers.alerts import AlertWorker, WorkerConfig, describe
from commands.alerts import status_text, subscription_name
from commands.companies import resolve
from commands.types import UserError


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("alerts", help="earnings alerts: webhooks, subscriptions, delivery")
    sub = p.add_subparsers(dest="alerts_command", required=True, metavar="ACTION")

    add = sub.add_parser("add-webhook", help="send alerts to an http(s) URL as JSON (Idempotency-Key header)")
    add.add_argument("url")
    add.add_argument("--company", help="only this company (default: every company)")
    add.add_argument(
        "--lang", choices=("en", "fr"), default=None, help="alert language (default CAPEXBOT_LANG)"
    )
    add.set_defaults(handler=add_webhook)

    lst = sub.add_parser("list", help="every subscription (Discord, Matrix, webhooks) with its status")
    lst.add_argument("--all", action="store_true", help="include removed subscriptions")
    lst.set_defaults(handler=list_subscriptions)

    rm = sub.add_parser("remove", help="remove a subscription by id (see `alerts list`)")
    rm.add_argument("id", type=int)
    rm.set_defaults(handler=remove)

    dispatch = sub.add_parser("dispatch", help="deliver pending alerts (until stopped, or --once)")
    dispatch.add_argument("--once", action="store_true", help="deliver what is due now, then exit")
    dispatch.add_argument(
        "--wait",
        type=float,
        default=5.0,
        metavar="SECONDS",
        help="with --once: also wait for retries due within this many seconds (default 5)",
    )
    dispatch.set_defaults(handler=dispatch_alerts)


def _err(message: str) -> int:
    print(f"capexbot: {message}", file=sys.stderr)
    return 1


async def add_webhook(args: argparse.Namespace, settings: Settings) -> int:
    try:
        url = validate_url(args.url)
    except InvalidWebhookUrl as exc:
        return _err(str(exc))
    lang = args.lang or settings.capexbot_lang
    async with open_services(settings) as services:
        company_id = None
        if args.company:
            snap = await services.storage.catalog.snapshot()
            try:
                company_id = resolve(args.company, snap, lang).id
            except UserError as exc:
                return _err(exc.message)
        result = await services.storage.subscriptions.subscribe(
            "webhook", url, company_id, lang=lang, created_by="cli"
        )
    sub = result.subscription
    what = {"created": "added", "exists": "already subscribed", "reactivated": "re-enabled"}[result.outcome]
    print(f"{what}: subscription {sub.id} -> {redact_url(url)} ({company_id or 'every company'}, {lang})")
    return 0


async def list_subscriptions(args: argparse.Namespace, settings: Settings) -> int:
    async with open_services(settings) as services:
        snap = await services.storage.catalog.snapshot()
        subs = await services.storage.subscriptions.all(include_removed=args.all)
        pending = await services.storage.outbox.pending_by_subscription()
        counts = await services.storage.outbox.counts()
    if not subs:
        print(
            "no alert subscriptions (add one with `capexbot alerts add-webhook URL`, or `alerts subscribe` in chat)"
        )
    for sub in subs:
        status = "removed" if sub.status == "removed" else status_text(sub, "en")
        extra = f", {pending[sub.id]} pending" if pending.get(sub.id) else ""
        moved = f", moved from {sub.moved_from}" if sub.moved_from else ""
        print(
            f"{sub.id:>5}  {describe(sub.platform, sub.target)}  {subscription_name(sub, snap, 'en')}  "
            f"[{sub.lang}]  {status}{extra}{moved}"
        )
    if counts:
        print("deliveries: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return 0


async def remove(args: argparse.Namespace, settings: Settings) -> int:
    async with open_services(settings) as services:
        sub = await services.storage.subscriptions.remove(args.id)
    if sub is None:
        return _err(f"no live subscription with id {args.id} (see `capexbot alerts list`)")
    print(f"removed subscription {sub.id} ({describe(sub.platform, sub.target)})")
    return 0


async def dispatch_alerts(args: argparse.Namespace, settings: Settings) -> int:
    async with open_services(settings) as services:
        adapters = outbound_adapters(settings, services)  # not run: they only send
        worker = AlertWorker(services, adapters, WorkerConfig.from_settings(settings))
        try:
            if args.once:
                stats = await worker.run_once(wait_for_retries=max(0.0, args.wait))
            else:
                stats = await _run_until_signal(worker)
        finally:
            for adapter in adapters.values():
                with contextlib.suppress(Exception):
                    await adapter.close()
        counts = await services.storage.outbox.counts()
    done = ", ".join(f"{k} {v}" for k, v in sorted(stats.items())) or "nothing due"
    print(f"alerts: {done}; pending {counts.get('pending', 0)}")
    for sid in worker.disabled:
        print(f"subscription {sid} disabled (see `capexbot alerts list`)")
    return 0


async def _run_until_signal(worker: AlertWorker):
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(worker.run())
    on_stop_signal(loop, task.cancel)
    with contextlib.suppress(asyncio.CancelledError):
        await task
    # Stopping is decided: a further SIGTERM/SIGINT (an impatient supervisor) must not kill the
    # process while it closes the database and prints, nor after asyncio.run() closes the loop and
    # would restore the default action (exit -15 with the last lines unwritten).
    ignore_stop_signals(loop)
    return worker.stats
