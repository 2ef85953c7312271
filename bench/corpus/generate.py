#!/usr/bin/env python3
"""Writes a synthetic multi-service gRPC project, built with CMake, for the
parse benchmarks (bench/README.md#parse-speed).

  generate.py OUT_DIR --services N

N services in domains of 5; in each domain, service k calls service k+1
(a chain of 4 calls, with deadlines); each service's proto is compiled by
the real protoc and grpc_cpp_plugin into a library whose generated TUs
(sNN.pb.cc, sNN.grpc.pb.cc) CMake lists in compile_commands.json, like
any gRPC project's. Each service has two hand-written TUs: its server and
a client of the next service, sharing a header of the domain. So the
compile database holds 4 TUs per service, half of them generated.

With --system-includes-first, the hand-written TUs open with their
`#include <...>` lines (grpcpp among them) before the project's headers,
as some style guides order them: the layout a shared precompiled preamble
can serve (docs/performance.md#the-shared-precompiled-preamble).
"""
import argparse
import os

CMAKE = """cmake_minimum_required(VERSION 3.25)
project(bench_corpus LANGUAGES CXX)
set(CMAKE_CXX_STANDARD 17)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)
find_package(PkgConfig REQUIRED)
pkg_check_modules(GRPCPP REQUIRED IMPORTED_TARGET grpc++ protobuf)
find_program(PROTOC protoc REQUIRED)
find_program(GRPC_CPP_PLUGIN grpc_cpp_plugin REQUIRED)
set(GEN "${CMAKE_BINARY_DIR}/gen")
file(MAKE_DIRECTORY "${GEN}")
set(SERVICES %(services)s)
set(generated_sources "")
set(generated_files "")
foreach(s IN LISTS SERVICES)
  set(outputs "${GEN}/${s}.pb.cc" "${GEN}/${s}.pb.h" "${GEN}/${s}.grpc.pb.cc" "${GEN}/${s}.grpc.pb.h")
  add_custom_command(OUTPUT ${outputs}
    COMMAND "${PROTOC}" --proto_path=${CMAKE_CURRENT_SOURCE_DIR}/protos --cpp_out=${GEN}
            --grpc_out=${GEN} --plugin=protoc-gen-grpc=${GRPC_CPP_PLUGIN}
            "${CMAKE_CURRENT_SOURCE_DIR}/protos/${s}.proto"
    DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/protos/${s}.proto" VERBATIM)
  list(APPEND generated_sources "${GEN}/${s}.pb.cc" "${GEN}/${s}.grpc.pb.cc")
  list(APPEND generated_files ${outputs})
endforeach()
add_custom_target(corpus_protos DEPENDS ${generated_files})
add_library(corpus_protos_lib STATIC ${generated_sources})
add_dependencies(corpus_protos_lib corpus_protos)
target_include_directories(corpus_protos_lib PUBLIC "${GEN}")
target_link_libraries(corpus_protos_lib PUBLIC PkgConfig::GRPCPP)
foreach(s IN LISTS SERVICES)
  add_library(${s} STATIC services/${s}/server.cpp services/${s}/client.cpp)
  target_include_directories(${s} PRIVATE "${CMAKE_CURRENT_SOURCE_DIR}")
  target_link_libraries(${s} PUBLIC corpus_protos_lib)
endforeach()
"""

PROTO = """syntax = "proto3";
package %(s)s;
message Request { string id = 1; int64 amount = 2; repeated string items = 3; }
message Reply { string id = 1; bool ok = 2; string detail = 3; }
service Api {
  rpc Get(Request) returns (Reply);
  rpc Put(Request) returns (Reply);
  rpc Watch(Request) returns (stream Reply);
}
"""

DOMAIN_HEADER = """// Shared by the services of domain %(d)d.
#pragma once
#include <chrono>
#include <grpcpp/grpcpp.h>
namespace domain%(d)d {
inline void withDeadline(grpc::ClientContext &ctx) {
  ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::milliseconds(200));
}
} // namespace domain%(d)d
"""

CLIENT = """%(system_first)s#include "%(s)s.grpc.pb.h"
%(next_include)s#include "services/domain%(d)d.h"
%(system_last)s
namespace %(s)s_impl {
// Asks the next service of the domain, with a deadline.
std::string askNext(const std::string &id) {
%(body)s}
} // namespace %(s)s_impl
"""

CLIENT_SYSTEM = ["memory", "string", "vector"]
SERVER_SYSTEM = ["grpcpp/grpcpp.h", "map", "memory", "string"]

CLIENT_CALL = """  static auto stub = %(n)s::Api::NewStub(
      grpc::CreateChannel("%(n)s:50051", grpc::InsecureChannelCredentials()));
  grpc::ClientContext ctx;
  domain%(d)d::withDeadline(ctx);
  %(n)s::Request request;
  request.set_id(id);
  %(n)s::Reply reply;
  grpc::Status status = stub->Get(&ctx, request, &reply);
  return status.ok() ? reply.detail() : std::string();
"""

SERVER = """%(system_first)s#include "%(s)s.grpc.pb.h"
#include "services/domain%(d)d.h"
%(system_last)s
namespace %(s)s_impl {
std::string askNext(const std::string &id);

class Service final : public %(s)s::Api::Service {
  grpc::Status Get(grpc::ServerContext *, const %(s)s::Request *req, %(s)s::Reply *reply) override {
    reply->set_id(req->id());
    reply->set_detail(askNext(req->id()));
    reply->set_ok(true);
    return grpc::Status::OK;
  }
  grpc::Status Put(grpc::ServerContext *, const %(s)s::Request *req, %(s)s::Reply *reply) override {
    stored_[req->id()] = req->amount();
    reply->set_ok(true);
    return grpc::Status::OK;
  }
  grpc::Status Watch(grpc::ServerContext *, const %(s)s::Request *req,
                     grpc::ServerWriter<%(s)s::Reply> *writer) override {
    %(s)s::Reply reply;
    reply.set_id(req->id());
    writer->Write(reply);
    return grpc::Status::OK;
  }
  std::map<std::string, long> stored_;
};

std::unique_ptr<grpc::Service> makeService() { return std::make_unique<Service>(); }
} // namespace %(s)s_impl
"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--services", type=int, required=True)
    parser.add_argument("--system-includes-first", action="store_true")
    args = parser.parse_args()

    def system(headers, first):
        """The TU's system includes, where the chosen order puts them."""
        if first and "grpcpp/grpcpp.h" not in headers:
            headers = ["grpcpp/grpcpp.h"] + headers
        text = "".join("#include <%s>\n" % h for h in headers)
        return ({"system_first": text, "system_last": ""} if first
                else {"system_first": "", "system_last": text})
    names = ["s%03d" % i for i in range(args.services)]

    def write(path, text):
        path = os.path.join(args.out, path)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if os.path.exists(path) and open(path).read() == text:
            return  # unchanged: keep the time stamps of a built corpus
        with open(path, "w") as f:
            f.write(text)

    write("CMakeLists.txt", CMAKE % {"services": " ".join(names)})
    for i, s in enumerate(names):
        d = i // 5
        nxt = names[i + 1] if i % 5 != 4 and i + 1 < len(names) else None
        write("protos/%s.proto" % s, PROTO % {"s": s})
        write("services/domain%d.h" % d, DOMAIN_HEADER % {"d": d})
        order = args.system_includes_first
        write("services/%s/server.cpp" % s,
              SERVER % dict(system(SERVER_SYSTEM, order), s=s, d=d))
        body = CLIENT_CALL % {"n": nxt, "d": d} if nxt else "  return id;\n"
        write("services/%s/client.cpp" % s, CLIENT % dict(
            system(CLIENT_SYSTEM, order), s=s, d=d, body=body,
            next_include='#include "%s.grpc.pb.h"\n' % nxt if nxt else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
