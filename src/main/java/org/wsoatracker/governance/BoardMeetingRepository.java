package org.wsoatracker.governance;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface BoardMeetingRepository extends JpaRepository<BoardMeeting, Long> {

	List<BoardMeeting> findByPlanIdOrderByHeldOnDescIdDesc(long planId);

}
