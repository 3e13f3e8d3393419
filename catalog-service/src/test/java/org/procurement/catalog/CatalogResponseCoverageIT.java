package org.procurement.catalog;

import org.procurement.testing.contract.ResponseCoverageContract;

/** After the service tests: each operation answered a success and a failure that matched the document. */
class CatalogResponseCoverageIT extends ResponseCoverageContract {
}
