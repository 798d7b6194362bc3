// A Genesys agent's CometD client for the tests: the stock `cometd` client on Node through `cometd-nodejs-client`.
// Usage: COMETD_URL=http://127.0.0.1:PORT/api/v2/notifications COMETD_USER=agent1 COMETD_PASSWORD=... node agent.mjs
// Commands come on stdin, one JSON object a line: {"op":"subscribe","channel":"/v2/me/calls"}, {"op":"unsubscribe",
// "channel":...}, {"op":"disconnect"}. Everything the client sees goes to stdout, one JSON object a line, with an
// "event" of handshake, transportException, connected, subscribed, unsubscribed, message or disconnected.
import readline from "node:readline";
import {adapt} from "cometd-nodejs-client";
import {CometD} from "cometd";

adapt();

const url = process.env.COMETD_URL;
const credentials = Buffer.from(`${process.env.COMETD_USER}:${process.env.COMETD_PASSWORD}`).toString("base64");
const out = (event) => process.stdout.write(JSON.stringify(event) + "\n");

const cometd = new CometD();
cometd.configure({url, logLevel: "warn", requestHeaders: {Authorization: `Basic ${credentials}`}});
cometd.onTransportException = (failure, from, to) => out({event: "transportException", from: from?.type ?? from, to: to?.type ?? to});

let connected = false;
cometd.addListener("/meta/handshake", (reply) =>
    out({event: "handshake", successful: reply.successful, clientId: reply.clientId, error: reply.error, transport: cometd.getTransport()?.type}));
cometd.addListener("/meta/connect", (reply) => {
    if (reply.successful && !connected) {
        out({event: "connected", transport: cometd.getTransport()?.type});
    }
    connected = reply.successful === true;
});

const subscriptions = new Map();
const commands = {
    subscribe({channel}) {
        subscriptions.set(channel, cometd.subscribe(channel,
            // The client also hands a /** subscription its own /meta replies; only the server's messages count here.
            (message) => message.channel.startsWith("/meta/") || out({event: "message", subscription: channel, channel: message.channel, data: message.data}),
            (reply) => out({event: "subscribed", channel, successful: reply.successful, error: reply.error})));
    },
    unsubscribe({channel}) {
        cometd.unsubscribe(subscriptions.get(channel), (reply) => out({event: "unsubscribed", channel, successful: reply.successful}));
        subscriptions.delete(channel);
    },
    disconnect() {
        cometd.disconnect((reply) => {
            out({event: "disconnected", successful: reply.successful, error: reply.error, failure: reply.failure?.reason ?? reply.failure?.exception?.message});
            process.exit(0);
        });
    },
};

readline.createInterface({input: process.stdin}).on("line", (line) => {
    if (line.trim() === "") {
        return;
    }
    const command = JSON.parse(line);
    commands[command.op](command);
});

cometd.handshake();
