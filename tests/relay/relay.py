"""A small WHIP-to-WHEP relay for Tradefair's end-to-end tests (loopback only).

A publisher sends a stream with WHIP (RFC 9725) to ``POST /whip/{stream}``; viewers play it
with WHEP (``POST /whep/{stream}``). Both answer an SDP offer (``application/sdp``) with
``201 Created``, the answer and a ``Location`` naming the session resource, which takes
trickle ICE by ``PATCH`` (``application/trickle-ice-sdpfrag``, 204) and ends with
``DELETE``. WHEP for a stream nobody publishes is ``404``. Media goes through aiortc's
``MediaRelay`` (decoded once per publisher, encoded per viewer): fine for a test, not a
production media server (MediaMTX, SRS, Cloudflare Stream are).

Test hooks:

* ``GET /stats``: JSON with the live publishers and viewers per stream and a log of the
  last signalling requests (method, path, status, time), so tests can see sessions deleted
  and count retries.
* ``GET /publisher.html?stream=booth-1``: a page that publishes the browser's camera
  (Chromium's fake camera in tests) with plain-JS WHIP.
* ``--token T``: WHIP requests must carry ``Authorization: Bearer T``.

Only 127.0.0.1 is offered as an ICE candidate, so no media leaves the machine.

    python tests/relay/relay.py --port 9124
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import pathlib
import sys
import time
import uuid

import aioice.ice
from aiohttp import web
from aiortc import RTCPeerConnection, RTCSessionDescription
from aiortc.contrib.media import MediaRelay
from aiortc.sdp import candidate_from_sdp

HERE = pathlib.Path(__file__).resolve().parent
LOG_LIMIT = 500

# Loopback only: aioice leaves 127.0.0.1 out of its host candidates by default and offers
# every other interface instead.
aioice.ice.get_host_addresses = lambda use_ipv4, use_ipv6: ["127.0.0.1"] if use_ipv4 else []


class Session:
    """One WHIP or WHEP peer connection and the stream it belongs to."""

    def __init__(self, kind: str, stream: str, pc: RTCPeerConnection):
        self.id = uuid.uuid4().hex
        self.kind = kind
        self.stream = stream
        self.pc = pc
        self.created = time.time()
        self.etag = f'"{self.id[:8]}"'

    def info(self) -> dict:
        return {
            "id": self.id,
            "stream": self.stream,
            "state": self.pc.connectionState,
            "age_s": round(time.time() - self.created, 1),
        }


class Publisher:
    """A WHIP session with its tracks and the sink that keeps them drained."""

    def __init__(self, session: Session):
        self.session = session
        self.tracks = []
        self.frames = {"video": 0, "audio": 0}
        self.sinks: list[asyncio.Task] = []


class Relay:
    def __init__(self, token: str | None):
        self.token = token
        self.media = MediaRelay()
        self.publishers: dict[str, Publisher] = {}
        self.viewers: dict[str, Session] = {}
        self.log: list[dict] = []

    # -- sessions -------------------------------------------------------------------

    async def close_publisher(self, stream: str, pub: Publisher) -> None:
        if self.publishers.get(stream) is pub:
            del self.publishers[stream]
        for task in pub.sinks:
            task.cancel()
        await pub.session.pc.close()
        # Viewers of a gone stream are dropped: their players see the connection end.
        for sid, viewer in list(self.viewers.items()):
            if viewer.stream == stream:
                del self.viewers[sid]
                await viewer.pc.close()

    async def close_viewer(self, sid: str) -> None:
        viewer = self.viewers.pop(sid, None)
        if viewer:
            await viewer.pc.close()

    async def drain(self, pub: Publisher, track) -> None:
        """Reads the publisher's track even with no viewer (aiortc queues frames otherwise)."""
        sink = self.media.subscribe(track, buffered=False)
        try:
            while True:
                await sink.recv()
                pub.frames[track.kind] = pub.frames.get(track.kind, 0) + 1
        except Exception:  # the track ended
            pass

    def stats(self) -> dict:
        streams = {}
        for stream, pub in self.publishers.items():
            streams[stream] = {
                "publisher": pub.session.info(),
                "frames_in": pub.frames,
                "viewers": [v.info() for v in self.viewers.values() if v.stream == stream],
            }
        return {
            "publishers": len(self.publishers),
            "viewers": len(self.viewers),
            "streams": streams,
            "viewer_sessions": [v.info() for v in self.viewers.values()],
            "requests": self.log,
        }


# -- HTTP ---------------------------------------------------------------------------


def cors_headers(request: web.Request) -> dict:
    origin = request.headers.get("Origin")
    if not origin:
        return {}
    return {
        "Access-Control-Allow-Origin": origin,
        "Vary": "Origin",
        "Access-Control-Allow-Methods": "GET, POST, PATCH, DELETE, OPTIONS",
        "Access-Control-Allow-Headers": "Content-Type, Authorization, If-Match",
        "Access-Control-Expose-Headers": "Location, ETag, Link",
        "Access-Control-Max-Age": "600",
    }


@web.middleware
async def middleware(request: web.Request, handler):
    relay: Relay = request.app["relay"]
    if request.method == "OPTIONS":
        response = web.Response(status=204)
    else:
        try:
            response = await handler(request)
        except web.HTTPException as e:
            response = web.Response(status=e.status, text=e.text or e.reason)
    response.headers.update(cors_headers(request))
    if request.path not in ("/stats", "/publisher.html", "/favicon.ico"):
        relay.log.append(
            {"method": request.method, "path": request.path, "status": response.status,
             "t": round(time.time() * 1000)}
        )
        del relay.log[:-LOG_LIMIT]
    return response


def sdp_body_required(request: web.Request) -> None:
    ctype = request.headers.get("Content-Type", "").split(";")[0].strip()
    if ctype != "application/sdp":
        raise web.HTTPUnsupportedMediaType(text="Content-Type must be application/sdp")


def sdp_answer(pc: RTCPeerConnection, location: str, etag: str) -> web.Response:
    return web.Response(
        status=201,
        body=pc.localDescription.sdp.encode(),
        headers={"Content-Type": "application/sdp", "Location": location, "ETag": etag},
    )


async def whip_post(request: web.Request) -> web.Response:
    relay: Relay = request.app["relay"]
    if relay.token and request.headers.get("Authorization") != f"Bearer {relay.token}":
        raise web.HTTPUnauthorized(text="bearer token required")
    sdp_body_required(request)
    stream = request.match_info["stream"]
    offer = RTCSessionDescription(sdp=await request.text(), type="offer")
    pc = RTCPeerConnection()
    session = Session("whip", stream, pc)
    pub = Publisher(session)

    @pc.on("track")
    def on_track(track):
        pub.tracks.append(track)
        pub.sinks.append(asyncio.ensure_future(relay.drain(pub, track)))

    @pc.on("connectionstatechange")
    async def on_state():
        if pc.connectionState in ("failed", "closed") and relay.publishers.get(stream) is pub:
            await relay.close_publisher(stream, pub)

    try:
        await pc.setRemoteDescription(offer)
        await pc.setLocalDescription(await pc.createAnswer())
    except Exception as e:  # a malformed offer
        await pc.close()
        raise web.HTTPBadRequest(text=f"bad offer: {e}")
    # A new publisher of the same stream replaces the old one (e.g. after a reconnect
    # that the old session has not noticed yet).
    old = relay.publishers.get(stream)
    if old:
        await relay.close_publisher(stream, old)
    relay.publishers[stream] = pub
    return sdp_answer(pc, f"/whip/{stream}/{session.id}", session.etag)


async def whep_post(request: web.Request) -> web.Response:
    relay: Relay = request.app["relay"]
    sdp_body_required(request)
    stream = request.match_info["stream"]
    pub = relay.publishers.get(stream)
    if pub is None or not pub.tracks:
        raise web.HTTPNotFound(text=f"no stream {stream!r} is being published")
    offer = RTCSessionDescription(sdp=await request.text(), type="offer")
    pc = RTCPeerConnection()
    session = Session("whep", stream, pc)

    @pc.on("connectionstatechange")
    async def on_state():
        if pc.connectionState in ("failed", "closed"):
            await relay.close_viewer(session.id)

    try:
        await pc.setRemoteDescription(offer)
        for track in pub.tracks:
            if any(t.kind == track.kind for t in pc.getTransceivers()):
                pc.addTrack(relay.media.subscribe(track))
        await pc.setLocalDescription(await pc.createAnswer())
    except Exception as e:
        await pc.close()
        raise web.HTTPBadRequest(text=f"bad offer: {e}")
    relay.viewers[session.id] = session
    return sdp_answer(pc, f"/whep/{stream}/{session.id}", session.etag)


def find_session(request: web.Request) -> tuple[Relay, Session | None]:
    relay: Relay = request.app["relay"]
    kind, sid = request.match_info["kind"], request.match_info["id"]
    if kind == "whip":
        for pub in relay.publishers.values():
            if pub.session.id == sid:
                return relay, pub.session
        return relay, None
    return relay, relay.viewers.get(sid)


async def resource_patch(request: web.Request) -> web.Response:
    relay, session = find_session(request)
    if request.match_info["kind"] == "whip" and relay.token and (
        request.headers.get("Authorization") != f"Bearer {relay.token}"
    ):
        raise web.HTTPUnauthorized(text="bearer token required")
    if session is None:
        raise web.HTTPNotFound(text="no such session")
    ctype = request.headers.get("Content-Type", "").split(";")[0].strip()
    if ctype != "application/trickle-ice-sdpfrag":
        raise web.HTTPUnsupportedMediaType(text="Content-Type must be application/trickle-ice-sdpfrag")
    mid = None
    for line in (await request.text()).splitlines():
        line = line.strip()
        if line.startswith("a=mid:"):
            mid = line[len("a=mid:"):]
        elif line.startswith("a=candidate:"):
            candidate = candidate_from_sdp(line[len("a=candidate:"):])
            candidate.sdpMid = mid
            if mid is None:
                candidate.sdpMLineIndex = 0
            await session.pc.addIceCandidate(candidate)
        elif line == "a=end-of-candidates":
            await session.pc.addIceCandidate(None)
    return web.Response(status=204)


async def resource_delete(request: web.Request) -> web.Response:
    relay, session = find_session(request)
    if request.match_info["kind"] == "whip" and relay.token and (
        request.headers.get("Authorization") != f"Bearer {relay.token}"
    ):
        raise web.HTTPUnauthorized(text="bearer token required")
    if session is None:
        raise web.HTTPNotFound(text="no such session")
    if session.kind == "whip":
        await relay.close_publisher(session.stream, relay.publishers[session.stream])
    else:
        await relay.close_viewer(session.id)
    return web.Response(status=200)


async def stats(request: web.Request) -> web.Response:
    return web.json_response(request.app["relay"].stats())


async def publisher_page(request: web.Request) -> web.FileResponse:
    return web.FileResponse(HERE / "publisher.html", headers={"Cache-Control": "no-cache"})


async def on_shutdown(app: web.Application) -> None:
    relay: Relay = app["relay"]
    for stream, pub in list(relay.publishers.items()):
        await relay.close_publisher(stream, pub)
    for sid in list(relay.viewers):
        await relay.close_viewer(sid)


def make_app(token: str | None) -> web.Application:
    app = web.Application(middlewares=[middleware])
    app["relay"] = Relay(token)
    app.router.add_post("/whip/{stream}", whip_post)
    app.router.add_post("/whep/{stream}", whep_post)
    app.router.add_patch("/{kind:whip|whep}/{stream}/{id}", resource_patch)
    app.router.add_delete("/{kind:whip|whep}/{stream}/{id}", resource_delete)
    app.router.add_get("/stats", stats)
    app.router.add_get("/publisher.html", publisher_page)
    app.on_shutdown.append(on_shutdown)
    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=9124)
    parser.add_argument("--token", default=None, help="bearer token WHIP requests must carry")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        sys.exit("relay: loopback addresses only (tests must not send traffic elsewhere)")
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING)

    async def run() -> None:
        runner = web.AppRunner(make_app(args.token), access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, args.host, args.port)
        await site.start()
        print(f"relay listening on http://{args.host}:{args.port}", flush=True)
        try:
            await asyncio.Event().wait()
        finally:
            await runner.cleanup()

    try:
        asyncio.run(run())
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
