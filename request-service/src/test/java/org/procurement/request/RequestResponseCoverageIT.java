package org.procurement.request;

import org.procurement.testing.contract.ResponseCoverageContract;

/** After the service tests: each operation answered a success and a failure that matched the document. */
class RequestResponseCoverageIT extends ResponseCoverageContract {
}
