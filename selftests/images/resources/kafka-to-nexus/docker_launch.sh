#!/usr/bin/env bash
exec /opt/kafka-to-nexus/bin/kafka-to-nexus "$@"
