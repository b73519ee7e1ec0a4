package org.wsoatracker.governance;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActionArisingRepository extends JpaRepository<ActionArising, Long> {

	List<ActionArising> findByMeetingIdInOrderByDueDateAscIdAsc(Collection<Long> meetingIds);

}
