-- A draft report saved again (its values, by a school's information system or a curator, as
-- often as they like during a campaign) changes no answer kept beside its district's version:
-- the compliance answers read a report's status and its timestamps (created, first submitted,
-- submitted, accepted, returned), and its values only once it stands submitted or accepted
-- (persistence/sql/compliance/compliance_organizations.sql, compliance_monitoring.sql,
-- compliance_completeness*.sql and their siblings). Until now every save moved the version
-- (V0006), so every kept answer of the district was computed again after it (bench/ANALYSIS.md
-- §8: in a region's 90/10 mix most reads were computed). A report's creation, deletion and
-- every other change still move it.
DROP TRIGGER monitoring_reports_version ON monitoring_reports;
CREATE CONSTRAINT TRIGGER monitoring_reports_version AFTER INSERT OR DELETE ON monitoring_reports
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_district_version();
CREATE CONSTRAINT TRIGGER monitoring_reports_version_changed AFTER UPDATE ON monitoring_reports
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (NOT (OLD.status IN ('draft', 'returned') AND NEW.status = OLD.status
             AND (NEW.district_id, NEW.campaign_id, NEW.organization_id, NEW.created_at, NEW.first_submitted_at,
                  NEW.submitted_at, NEW.accepted_at, NEW.returned_at)
                 IS NOT DISTINCT FROM (OLD.district_id, OLD.campaign_id, OLD.organization_id, OLD.created_at,
                                       OLD.first_submitted_at, OLD.submitted_at, OLD.accepted_at, OLD.returned_at)))
  EXECUTE FUNCTION bump_district_version();
