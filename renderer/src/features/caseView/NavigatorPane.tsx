import { AnalysisSection } from '../analysis/navigator/AnalysisSection';
import { BriefingsSection } from '../briefings/BriefingsSection';
import { ExcerptsSection } from '../excerpts/panel/ExcerptsSection';
import { SourcesSection } from '../sources/list/SourcesSection';
import { TimelineNavEntry } from '../timeline/TimelineNavEntry';

/** The case's contents by kind: sources, excerpts, analysis, briefings. */
export function NavigatorPane({ casePath }: { casePath: string }) {
  return (
    <div className="wb-navigator">
      <SourcesSection casePath={casePath} />
      <TimelineNavEntry casePath={casePath} />
      <ExcerptsSection casePath={casePath} />
      <AnalysisSection casePath={casePath} />
      <BriefingsSection casePath={casePath} />
    </div>
  );
}
