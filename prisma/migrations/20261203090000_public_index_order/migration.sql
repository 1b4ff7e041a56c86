-- The public index lists current versions newest first: read in index order, not sorted per request.
CREATE INDEX "Publication_current_publishedAt_unitCode_idx" ON "Publication"("current", "publishedAt" DESC, "unitCode");
