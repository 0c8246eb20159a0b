import { useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/contract';
import { useMethodQuery } from '../../api/queries';
import { useWorkbenchEvent } from '../../api/useWorkbenchEvent';

/**
 * The case's timeline. Its events are derived from the sources, so besides its own
 * domain it refreshes whenever sources change (an import, a new version, an edited
 * publication date), whichever window or door made the change.
 */
export function useTimeline(input: MethodInput<'timeline.list'>) {
  const queryClient = useQueryClient();
  useWorkbenchEvent((event) => {
    if (event.type === 'data.changed' && event.domains.includes('sources')) {
      void queryClient.invalidateQueries({ queryKey: ['timeline.list'] });
    }
  });
  return useMethodQuery('timeline.list', input, { keepPrevious: true });
}
