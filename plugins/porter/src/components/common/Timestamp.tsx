import { formatAge, formatTime } from '../../lib/formatTime';

/** A point in time: local date and time with its age, the exact instant as the title. */
export const Timestamp = (props: { at?: string }) => {
  const { at } = props;
  if (!at) return <>unknown</>;
  return (
    <time dateTime={at} title={at}>
      {formatTime(at)} ({formatAge(at)})
    </time>
  );
};
