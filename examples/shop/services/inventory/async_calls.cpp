#include "async_calls.h"

namespace shop {

GetStockCall::GetStockCall(InventoryService& inventory, grpc::ServerCompletionQueue* cq)
    : inventory_(inventory), cq_(cq) {
  Proceed(true);
}

void GetStockCall::Proceed(bool ok) {
  switch (state_) {
    case State::kCreate:
      state_ = State::kProcess;
      inventory_.async_service().RequestGetStock(&ctx_, &request_, &responder_, cq_, cq_, this);
      break;
    case State::kProcess: {
      if (!ok) {  // the server is shutting down
        delete this;
        return;
      }
      new GetStockCall(inventory_, cq_);  // wait for the next caller
      grpc::Status status = inventory_.GetStock(request_, &reply_);
      state_ = State::kFinish;
      responder_.Finish(reply_, status, this);
      break;
    }
    case State::kFinish:
      delete this;
      break;
  }
}

ReserveCall::ReserveCall(InventoryService& inventory, grpc::ServerCompletionQueue* cq)
    : inventory_(inventory), cq_(cq) {
  Proceed(true);
}

void ReserveCall::Proceed(bool ok) {
  switch (state_) {
    case State::kCreate:
      state_ = State::kProcess;
      inventory_.async_service().RequestReserve(&ctx_, &request_, &responder_, cq_, cq_, this);
      break;
    case State::kProcess: {
      if (!ok) {
        delete this;
        return;
      }
      new ReserveCall(inventory_, cq_);
      // Blocks this completion-queue thread while inventory waits on shipping.
      grpc::Status status = inventory_.Reserve(request_, &reply_);
      state_ = State::kFinish;
      responder_.Finish(reply_, status, this);
      break;
    }
    case State::kFinish:
      delete this;
      break;
  }
}

WatchStockCall::WatchStockCall(InventoryService& inventory, grpc::ServerCompletionQueue* cq)
    : inventory_(inventory), cq_(cq) {
  Proceed(true);
}

void WatchStockCall::Proceed(bool ok) {
  switch (state_) {
    case State::kCreate:
      state_ = State::kProcess;
      inventory_.async_service().RequestWatchStock(&ctx_, &request_, &writer_, cq_, cq_, this);
      break;
    case State::kProcess: {
      if (!ok) {
        delete this;
        return;
      }
      new WatchStockCall(inventory_, cq_);
      grpc::Status status = inventory_.GetStock(request_, &reply_);
      if (!status.ok()) {
        state_ = State::kFinish;
        writer_.Finish(status, this);
      } else {
        state_ = State::kWritten;
        writer_.Write(reply_, this);
      }
      break;
    }
    case State::kWritten:
      // If the write failed the client has gone; Finish tidies up either way.
      state_ = State::kFinish;
      writer_.Finish(grpc::Status::OK, this);
      break;
    case State::kFinish:
      delete this;
      break;
  }
}

}  // namespace shop
