#!/bin/bash
# Entry point of fw-system-tests/kafka (config-files/recipes/kafka.recipe), configured as the official apache/kafka
# image is: every environment variable KAFKA_<KEY> becomes the server.properties key <key> (lower case, '_' -> '.',
# '__' -> '_', '___' -> '-'), except the JVM's (*_OPTS) and logging ones; CLUSTER_ID formats the KRaft storage
# once; then the broker runs in the foreground (as PID 1, so docker stop reaches it), logging to stdout.
set -euo pipefail

config=/opt/kafka/config/server.properties
classpath='/opt/kafka/libs/*'
logging=(-Dorg.slf4j.simpleLogger.logFile=System.out -Dorg.slf4j.simpleLogger.showDateTime=true
    "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSS")

# Without any settings: one combined broker and controller on localhost:9092, like the official image.
: "${CLUSTER_ID:=j1M8oRcYRBu7QlWKPHGEzA}"
: "${KAFKA_NODE_ID:=1}"
: "${KAFKA_PROCESS_ROLES:=broker,controller}"
: "${KAFKA_LISTENERS:=PLAINTEXT://:9092,CONTROLLER://:9093}"
: "${KAFKA_ADVERTISED_LISTENERS:=PLAINTEXT://localhost:9092}"
: "${KAFKA_LISTENER_SECURITY_PROTOCOL_MAP:=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT}"
: "${KAFKA_CONTROLLER_LISTENER_NAMES:=CONTROLLER}"
: "${KAFKA_CONTROLLER_QUORUM_VOTERS:=1@localhost:9093}"
: "${KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR:=1}"
: "${KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR:=1}"
: "${KAFKA_TRANSACTION_STATE_LOG_MIN_ISR:=1}"
: "${KAFKA_LOG_DIRS:=/tmp/kraft-combined-logs}"

{
    echo "# written by $0 from the KAFKA_* environment variables"
    for name in "${!KAFKA_@}"; do
        case $name in
            *_OPTS | KAFKA_VERSION | KAFKA_LOG4J_* | KAFKA_TOOLS_*) continue ;;
        esac
        key=${name#KAFKA_}
        key=${key//___/-}
        key=${key//__/@}
        key=${key//_/.}
        key=${key//@/_}
        printf '%s=%s\n' "${key,,}" "${!name}"
    done
} >"$config"
echo "===> $config:"
cat "$config"

echo "===> formatting the storage with cluster id $CLUSTER_ID (kept when already formatted)"
java "${logging[@]}" -cp "$classpath" kafka.tools.StorageTool format --ignore-formatted \
    --cluster-id "$CLUSTER_ID" --config "$config"

echo "===> starting Kafka"
# The JVM options the official scripts honour; word splitting of them is intended.
# shellcheck disable=SC2086
exec java ${KAFKA_HEAP_OPTS:--Xmx1G -Xms1G} ${KAFKA_JVM_PERFORMANCE_OPTS:-} ${KAFKA_OPTS:-} "${logging[@]}" \
    -cp "$classpath" kafka.Kafka "$config"
